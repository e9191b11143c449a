/** Generates a knowledge base of a given size and writes it where the dataset job will read it. */
import { generateToDir } from './generate.js';

export interface GenerateJob {
  type: 'generate';
  companies: number;
  seed: number;
  dir: string;
}

export interface GenerateResult {
  companies: number;
  deals: number;
  sources: number;
  files: number;
  bytes: number;
  /** Generation and writing are interleaved, block by block. */
  generateAndWriteMs: number;
}

export function runGenerate(job: GenerateJob): GenerateResult {
  const t = performance.now();
  const written = generateToDir(job.dir, { companies: job.companies, seed: job.seed });
  return {
    companies: job.companies,
    deals: written.deals,
    sources: written.sources,
    files: written.files,
    bytes: written.bytes,
    generateAndWriteMs: performance.now() - t,
  };
}
