type Props<T extends string> = {
  legend: string;
  name: string;
  options: readonly T[];
  value: T;
  label: (option: T) => string;
  onChange: (option: T) => void;
};

/** One choice out of a few, as a row of radio buttons (the "segmented" fieldset of the settings forms). */
export function SegmentedChoice<T extends string>({ legend, name, options, value, label, onChange }: Props<T>) {
  return (
    <fieldset className="segmented">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option}>
          <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />{" "}
          {label(option)}
        </label>
      ))}
    </fieldset>
  );
}
