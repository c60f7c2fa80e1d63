// The beam-restricted Levenshtein distance TER is built on (sacrebleu's beam around the length-scaled diagonal).
const BEAM_WIDTH = 25;
export const INF = 1_000_000_000; // fits Int32 with room for +1, never a real cost

export function beamOf(refLength: number, hypLength: number): { ratio: number; beam: number } {
  const ratio = hypLength > 0 ? refLength / hypLength : 1;
  return { ratio, beam: BEAM_WIDTH < ratio / 2 ? Math.ceil(ratio / 2 + BEAM_WIDTH) : BEAM_WIDTH };
}

/**
 * BeamEditDistance.fill(hyp, 0) with two rows instead of the matrices (no alignment, so no shifts):
 * time grows with words × beam and memory with the reference, so long texts stay cheap.
 */
export function beamDistance(hyp: readonly string[], ref: readonly string[]): number {
  const cols = ref.length + 1;
  const { ratio, beam } = beamOf(ref.length, hyp.length);
  let prev = new Int32Array(cols).map((_, j) => j);
  let cur = new Int32Array(cols).fill(INF);
  // The band each array last held: everything outside it is INF, so only the band is reset on reuse.
  let prevBand: [number, number] = [0, cols];
  let curBand: [number, number] = [0, 0];
  for (let i = 1; i <= hyp.length; i++) {
    cur.fill(INF, curBand[0], curBand[1]);
    const diag = Math.floor(i * ratio);
    const minJ = Math.max(0, diag - beam);
    const maxJ = i === hyp.length ? cols : Math.min(cols, diag + beam);
    const word = hyp[i - 1];
    for (let j = minJ; j < maxJ; j++) {
      if (j === 0) {
        cur[0] = (prev[0] ?? INF) + 1;
        continue;
      }
      let best = (prev[j - 1] ?? INF) + (word === ref[j - 1] ? 0 : 1);
      best = Math.min(best, (prev[j] ?? INF) + 1, (cur[j - 1] ?? INF) + 1);
      cur[j] = best;
    }
    [prev, cur] = [cur, prev];
    [curBand, prevBand] = [prevBand, [minJ, maxJ]];
  }
  return prev[cols - 1] ?? INF;
}
