// The property tests' seed. Under CI (`.ci/run` exports CI=true) every property runs from one fixed
// seed, so a submitted run answers as the same run did here: a failure there is one that can be
// replayed. Elsewhere each run draws a new seed, and fast-check prints it with any counterexample;
// `FC_SEED=<n> npx jest …` replays it (or explores another seed under CI).
import fc from 'fast-check';

const fixed = process.env.FC_SEED ?? (process.env.CI ? '20261203' : undefined);
if (fixed !== undefined) {
  if (!/^-?\d+$/.test(fixed)) throw new Error(`FC_SEED must be a whole number, not "${fixed}"`);
  fc.configureGlobal({ seed: Number(fixed) });
}
