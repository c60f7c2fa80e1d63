type Props = {
  /** The version numbers to choose from, in the order they are offered. */
  versions: readonly number[];
  from: number | undefined;
  to: number | undefined;
  labels: { from: string; to: string };
  optionLabel: (version: number) => string;
};

/** The "from" and "to" selects of a GET form comparing two versions (published texts, source versions). */
export function VersionPairSelect({ versions, from, to, labels, optionLabel }: Props) {
  return (
    <>
      {(["from", "to"] as const).map((side) => (
        <label key={side} className="field inline">
          <span>{labels[side]}</span>
          <select name={side} defaultValue={side === "from" ? from : to}>
            {versions.map((v) => (
              <option key={v} value={v}>
                {optionLabel(v)}
              </option>
            ))}
          </select>
        </label>
      ))}
    </>
  );
}
