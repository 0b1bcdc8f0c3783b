/**
 * The order test files start in (vitest.config.ts, sequence.sequencer): the files that run
 * real builds of their own first, longest chain first, so they do not end the run alone; then
 * the rest in vitest's own order (slowest first once it has timings from an earlier run).
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export const FIRST = [
  /\/tests\/build\/staged-build\.test\.ts$/, // five builds one after the other
  /\/tests\/build\/build-fails\.test\.ts$/,
  /\/tests\/scripts\/import-article\.test\.ts$/,
  /\/tests\/scripts\/new-story\.test\.ts$/,
];

const rank = (spec: TestSpecification) => {
  const i = FIRST.findIndex((re) => re.test(spec.moduleId.replaceAll('\\', '/')));
  return i === -1 ? FIRST.length : i;
};

export default class BuildsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rest = await super.sort(files);
    return [...rest].sort((a, b) => rank(a) - rank(b));
  }
}
