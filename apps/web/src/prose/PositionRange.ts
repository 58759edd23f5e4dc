/** A range of document positions: `from` inclusive, `to` exclusive. */
export interface PositionRange {
  from: number
  to: number
}
