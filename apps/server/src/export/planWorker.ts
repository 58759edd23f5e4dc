import { serveJobs } from '../workers/serveJobs'
import type { PlanWorkerSetup } from './planJobs'
import { PlanJobRunner } from './PlanJobRunner'

// A plan worker process (see PlanWorkers.ts): serves the jobs of planJobs.ts until told to close.
serveJobs((setup) => new PlanJobRunner((setup ?? {}) as PlanWorkerSetup))
