/** Demo course accounts (see `course/seedDemoCourse.ts`), by what tests use them for. */
export const DEMO = {
  admin: 'admin@coplan.example',
  /** Mentor of Ghana and Peru. */
  mentorKim: 'mentor.kim@coplan.example',
  /** Mentor of Uzbekistan. */
  mentorLee: 'mentor.lee@coplan.example',
  ghanaDelegate: 'ama.owusu@ghana.example',
  ghanaDelegate2: 'kwame.mensah@ghana.example',
  peruDelegate: 'lucia.quispe@peru.example',
  uzbekDelegate: 'dilnoza.karimova@uzbekistan.example',
} as const
