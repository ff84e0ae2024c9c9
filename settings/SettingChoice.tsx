interface SettingChoiceProps {
  id: string;
  label: string;
  value: string;
  options: [value: string, name: string][];
  onChange: (value: string) => void;
}

/** One labelled setting, chosen from a list: a native select, so keyboards and screen readers know it. */
export function SettingChoice({ id, label, value, options, onChange }: SettingChoiceProps) {
  return (
    <div class="setting">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        {options.map(([optionValue, name]) => (
          <option key={optionValue} value={optionValue}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
