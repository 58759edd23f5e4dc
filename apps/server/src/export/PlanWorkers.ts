import type { WorkerPoolOptions } from '../workers/WorkerPool'
import { WorkerPool } from '../workers/WorkerPool'
import type { PlanJob, PlanJobResults, PlanWorkerSetup } from './planJobs'

/** Worker processes doing the plan jobs of planJobs.ts. */
export type PlanWorkers = WorkerPool<PlanJob, PlanJobResults>

const describePlanJob = (job: PlanJob): string => {
  switch (job.kind) {
    case 'stats':
    case 'versionState':
      return 'Counting the words and sections of this plan'
    case 'contentJson':
      return 'Opening this version'
    case 'restoreUpdate':
      return 'Restoring this version'
    case 'packBundle':
      return 'Packing the course bundle'
    default:
      return 'This export'
  }
}

/** A pool of plan workers; none runs until the first job. */
export const createPlanWorkers = (
  options: Omit<WorkerPoolOptions<PlanJob>, 'entry' | 'setup' | 'describe'> & {
    setup?: PlanWorkerSetup
  },
): PlanWorkers =>
  new WorkerPool<PlanJob, PlanJobResults>({
    ...options,
    entry: new URL('./planWorker.ts', import.meta.url),
    describe: describePlanJob,
  })
