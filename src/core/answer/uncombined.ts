// The user's numbers were read but no sensible formula joins them for what was asked: say which numbers were read
// and that they could not be combined, rather than show a figure from a formula that means nothing.
import { uncombinedReply } from '../replies.js';
import type { Answerer } from './context.js';

export const answerUncombined: Answerer = (q) => {
  const firm = q.quantities.filter((x) => !x.loose || x.unconverted);
  // A count of things no unit names ("5 agents") is read too when a count or a time is asked of it.
  const read = (firm.length >= 2 || !q.target ? firm : q.quantities).map((x) => x.raw);
  // The amounts of text, not the conversions left over beside them.
  const unconverted = q.quantities.filter((x) => x.unconverted && (x.noun || x.dims.gb)).map((x) => x.raw);
  return read.length >= 2 ? uncombinedReply(read, unconverted) : undefined;
};
