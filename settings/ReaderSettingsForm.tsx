import {
  FONTS,
  LINE_SPACINGS,
  LINE_WIDTHS,
  TEXT_SIZES,
  THEMES,
  type Font,
  type ReaderSettings,
  oneOf,
  type Theme,
} from './reader-settings';
import { t, type MessageName } from '../ui/i18n';
import { SettingChoice } from './SettingChoice';
import { SettingSwitch } from './SettingSwitch';

const THEME_NAMES: Record<Theme, MessageName> = {
  auto: 'themeAuto',
  light: 'themeLight',
  sepia: 'themeSepia',
  dark: 'themeDark',
};
const FONT_NAMES: Record<Font, MessageName> = {
  serif: 'fontSerif',
  sans: 'fontSans',
  legible: 'fontLegible',
};

interface ReaderSettingsFormProps {
  settings: ReaderSettings;
  onChange: (change: Partial<ReaderSettings>) => void;
  /** Prefixes the controls' ids, so two forms never share one. */
  idPrefix: string;
}

/**
 * The reader's choices of theme, font, text size, line width and line spacing, and for reading aloud;
 * each applies at once.
 */
export function ReaderSettingsForm({ settings, onChange, idPrefix }: ReaderSettingsFormProps) {
  return (
    <form class="reader-settings" data-testid="reader-settings" onSubmit={(event) => event.preventDefault()}>
      <SettingChoice
        id={`${idPrefix}-theme`}
        label={t('settingTheme')}
        value={settings.theme}
        options={THEMES.map((theme) => [theme, t(THEME_NAMES[theme])])}
        onChange={(value) => onChange({ theme: oneOf(THEMES, value) ?? settings.theme })}
      />
      <SettingChoice
        id={`${idPrefix}-font`}
        label={t('settingFont')}
        value={settings.font}
        options={FONTS.map((font) => [font, t(FONT_NAMES[font])])}
        onChange={(value) => onChange({ font: oneOf(FONTS, value) ?? settings.font })}
      />
      <SettingChoice
        id={`${idPrefix}-size`}
        label={t('settingTextSize')}
        value={String(settings.textSize)}
        options={TEXT_SIZES.map((size) => [String(size), t('pixels', size)])}
        onChange={(value) => onChange({ textSize: oneOf(TEXT_SIZES, Number(value)) ?? settings.textSize })}
      />
      <SettingChoice
        id={`${idPrefix}-width`}
        label={t('settingLineWidth')}
        value={String(settings.lineWidth)}
        options={LINE_WIDTHS.map((width) => [String(width), t('characters', width)])}
        onChange={(value) => onChange({ lineWidth: oneOf(LINE_WIDTHS, Number(value)) ?? settings.lineWidth })}
      />
      <SettingChoice
        id={`${idPrefix}-spacing`}
        label={t('settingLineSpacing')}
        value={String(settings.lineSpacing)}
        options={LINE_SPACINGS.map((spacing) => [String(spacing), spacing.toLocaleString()])}
        onChange={(value) =>
          onChange({ lineSpacing: oneOf(LINE_SPACINGS, Number(value)) ?? settings.lineSpacing })
        }
      />
      <SettingSwitch
        id={`${idPrefix}-captions`}
        label={t('settingReadCaptions')}
        checked={settings.readCaptions}
        onChange={(readCaptions) => onChange({ readCaptions })}
      />
      <SettingSwitch
        id={`${idPrefix}-online-voices`}
        label={t('settingOnlineVoices')}
        note={t('settingOnlineVoicesNote')}
        checked={settings.onlineVoices}
        onChange={(onlineVoices) => onChange({ onlineVoices })}
      />
    </form>
  );
}
