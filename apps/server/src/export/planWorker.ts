import { workerData } from 'node:worker_threads'
import { serveJobs } from '../workers/serveJobs'
import type { PlanWorkerSetup } from './planJobs'
import { PlanJobRunner } from './PlanJobRunner'

// A plan worker thread (see PlanWorkers.ts): serves the jobs of planJobs.ts until told to close.
const { setup } = workerData as { setup: PlanWorkerSetup | null }
serveJobs(new PlanJobRunner(setup ?? {}))
