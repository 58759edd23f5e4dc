/** The country code in a box, instead of a flag: flag emoji do not render on Windows. */
export const CountryBadge = ({ code }: { code: string }) => (
  <span className="country-badge" aria-hidden="true">
    {code.toUpperCase()}
  </span>
)
