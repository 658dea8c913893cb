// "H100 for a year: marketplace vs AWS", "how many H100-months for $1M" at the sourced rental rates.
import { gpuRental } from '../scenarios.js';
import type { Answerer } from './context.js';

export const answerRent: Answerer = (q, ctx) => {
  // A count of GPUs as understood ("600K-H100 fleet", "8 nvidia h100s"); a single one is the default.
  const counted = q.quantities.find((x) => x.dims.gpu === 1 && Object.keys(x.dims).length === 1)?.value;
  return gpuRental(ctx.index, q.res, q.plain, q.amounts, counted);
};
