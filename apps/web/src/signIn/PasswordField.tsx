import { useId } from 'react'
import type { Ref } from 'react'

interface PasswordFieldProps {
  label: string
  value: string
  onChange: (value: string) => void
  autoComplete: 'current-password' | 'new-password'
  invalid?: boolean
  /** Id of a hint or error describing the field. */
  describedBy?: string
  ref?: Ref<HTMLInputElement>
}

/** A labelled password input, so password managers recognise sign-in and new-password forms. */
export const PasswordField = ({
  label,
  value,
  onChange,
  autoComplete,
  invalid = false,
  describedBy,
  ref,
}: PasswordFieldProps) => {
  const id = useId()
  return (
    <>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        ref={ref}
        id={id}
        type="password"
        className="text-input"
        autoComplete={autoComplete}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        required
      />
    </>
  )
}
