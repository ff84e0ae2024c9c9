interface SettingSwitchProps {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** A line under the switch that says what turning it on means. */
  note?: string;
}

/** One labelled on/off setting: a native checkbox, so keyboards and screen readers know it. */
export function SettingSwitch({ id, label, checked, onChange, note }: SettingSwitchProps) {
  return (
    <div class="setting setting-switch">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={note ? `${id}-note` : undefined}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      {note && (
        <p class="setting-note" id={`${id}-note`}>
          {note}
        </p>
      )}
    </div>
  );
}
