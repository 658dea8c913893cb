// "Llama 3.2": a family name with a version the knowledge lacks is declined; the versions it has follow.
import { unknownReply } from '../replies.js';
import type { Answerer } from './context.js';

export const answerUnknownVersion: Answerer = (q, { index }) => {
  const bad = q.badVersion;
  if (!bad) return undefined;
  const members = bad.ids.map((id) => index.entity(id)!).filter(Boolean);
  const family = members.flatMap((e) =>
    [...index.kb.entities.values()].filter(
      (x) => x.id !== e.id && ((e.family && x.family === e.family) || (x.kind === 'models' && x.org === e.id)),
    ),
  );
  return unknownReply(index, [bad.text], { nearest: [...members, ...family] });
};
