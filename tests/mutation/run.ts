/**
 * Mutation testing of the security-critical code (`npm run mutation`; minutes, so not part of
 * `npm test`): Stryker mutates every file of `MUTATION_GROUPS` and runs the tests guarding it;
 * this prints each group's score and fails if one is below `MIN_SCORE`. The HTML report is
 * written to reports/mutation/mutation.html.
 *
 *   npm run mutation                 every group
 *   npm run mutation -- presence     one group (its name as in groups.ts)
 */
import { Stryker } from '@stryker-mutator/core'
import type { MutantResult } from '@stryker-mutator/api/core'
import { MIN_SCORE, MUTATION_GROUPS } from './groups'

type GroupName = keyof typeof MUTATION_GROUPS

const wanted = process.argv.slice(2)
const unknown = wanted.filter((name) => !(name in MUTATION_GROUPS))
if (unknown.length > 0) {
  console.error(
    `Unknown group(s) ${unknown.join(', ')}; groups: ${Object.keys(MUTATION_GROUPS).join(', ')}`,
  )
  process.exit(2)
}
const groups = (wanted.length > 0 ? wanted : Object.keys(MUTATION_GROUPS)) as GroupName[]

const stryker = new Stryker({
  testRunner: 'vitest',
  vitest: { configFile: 'tests/mutation/vitest.config.ts', related: false },
  mutate: groups.flatMap((name) => [...MUTATION_GROUPS[name].mutate]),
  coverageAnalysis: 'perTest',
  concurrency: 1,
  timeoutMS: 30_000,
  reporters: ['html', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  plugins: ['@stryker-mutator/vitest-runner'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
})
const results: MutantResult[] = await stryker.runMutationTest()

const DETECTED = new Set(['Killed', 'Timeout'])
const UNDETECTED = new Set(['Survived', 'NoCoverage'])
let failed = false
console.log(
  '\nMutation score per group (killed or timed out / killed, timed out, survived or uncovered):',
)
for (const name of groups) {
  const files = new Set<string>(MUTATION_GROUPS[name].mutate)
  const mine = results.filter((result) => [...files].some((file) => result.fileName.endsWith(file)))
  const detected = mine.filter((result) => DETECTED.has(result.status)).length
  const valid = detected + mine.filter((result) => UNDETECTED.has(result.status)).length
  const score = valid === 0 ? 100 : (100 * detected) / valid
  const ok = score >= MIN_SCORE
  failed ||= !ok
  console.log(`  ${ok ? 'ok  ' : 'LOW '} ${name}: ${score.toFixed(1)}% (${detected}/${valid})`)
  for (const survivor of mine.filter((result) => UNDETECTED.has(result.status))) {
    const at = `${survivor.fileName.replace(/.*?(apps|packages)\//, '$1/')}:${survivor.location.start.line}`
    console.log(
      `         ${survivor.status.padEnd(10)} ${at} ${survivor.mutatorName}: ${survivor.replacement ?? ''}`.slice(
        0,
        200,
      ),
    )
  }
}
console.log(`\nRerun: npm run mutation${wanted.length > 0 ? ` -- ${wanted.join(' ')}` : ''}`)
process.exitCode = failed ? 1 : 0
