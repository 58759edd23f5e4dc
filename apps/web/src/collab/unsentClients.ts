/**
 * The clients whose changes a document holds beyond what the server confirmed storing: the
 * document's state vector against the confirmed one (both client → next clock).
 */
export const unsentClients = (
  state: ReadonlyMap<number, number>,
  confirmed: ReadonlyMap<number, number>,
): number[] =>
  [...state].filter(([client, clock]) => clock > (confirmed.get(client) ?? 0)).map(([c]) => c)
