import {
  ALIGNMENTS,
  FONT_WEIGHTS,
  FONTS,
  LETTER_SPACINGS,
  LINE_FOCUS_LINES,
  WORD_SPACINGS,
  type Alignment,
  type FontWeight,
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
import { ForgetPositions } from './ForgetPositions';

const THEME_NAMES: Record<Theme, MessageName> = {
  auto: 'themeAuto',
  light: 'themeLight',
  sepia: 'themeSepia',
  gray: 'themeGray',
  dark: 'themeDark',
  contrast: 'themeContrast',
};
const WEIGHT_NAMES: Record<FontWeight, MessageName> = {
  regular: 'weightRegular',
  medium: 'weightMedium',
  bold: 'weightBold',
};
const ALIGNMENT_NAMES: Record<Alignment, MessageName> = { start: 'alignStart', justify: 'alignJustify' };

/** A spacing choice as the reader reads it: "Normal", or the extra space in em, in their language's digits. */
const spacingName = (spacing: number): string =>
  spacing ? t('spacingEm', spacing.toLocaleString()) : t('spacingNormal');

/** A line focus choice as the reader reads it. */
const lineFocusName = (lines: number): string =>
  lines === 0 ? t('lineFocusOff') : lines === 1 ? t('lineFocusOne') : t('lineFocusLines', lines);
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
  /**
   * Opens the settings page's section on highlights, as the surface the form is in can (the popup
   * opens it, reading mode asks the background); none on the settings page itself.
   */
  onOpenHighlights?: () => void;
}

/**
 * The reader's choices of theme, type (face, size, width, spacing, weight, alignment) and line focus,
 * and for reading aloud; each applies at once. Reading positions can be forgotten here too, and the
 * settings page opened for the highlights.
 */
export function ReaderSettingsForm({
  settings,
  onChange,
  idPrefix,
  onOpenHighlights,
}: ReaderSettingsFormProps) {
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
      <SettingChoice
        id={`${idPrefix}-letter-spacing`}
        label={t('settingLetterSpacing')}
        value={String(settings.letterSpacing)}
        options={LETTER_SPACINGS.map((spacing) => [String(spacing), spacingName(spacing)])}
        onChange={(value) =>
          onChange({ letterSpacing: oneOf(LETTER_SPACINGS, Number(value)) ?? settings.letterSpacing })
        }
      />
      <SettingChoice
        id={`${idPrefix}-word-spacing`}
        label={t('settingWordSpacing')}
        value={String(settings.wordSpacing)}
        options={WORD_SPACINGS.map((spacing) => [String(spacing), spacingName(spacing)])}
        onChange={(value) =>
          onChange({ wordSpacing: oneOf(WORD_SPACINGS, Number(value)) ?? settings.wordSpacing })
        }
      />
      <SettingChoice
        id={`${idPrefix}-weight`}
        label={t('settingFontWeight')}
        value={settings.fontWeight}
        options={FONT_WEIGHTS.map((weight) => [weight, t(WEIGHT_NAMES[weight])])}
        onChange={(value) => onChange({ fontWeight: oneOf(FONT_WEIGHTS, value) ?? settings.fontWeight })}
      />
      <SettingChoice
        id={`${idPrefix}-alignment`}
        label={t('settingAlignment')}
        value={settings.alignment}
        options={ALIGNMENTS.map((alignment) => [alignment, t(ALIGNMENT_NAMES[alignment])])}
        onChange={(value) => onChange({ alignment: oneOf(ALIGNMENTS, value) ?? settings.alignment })}
      />
      <SettingChoice
        id={`${idPrefix}-line-focus`}
        label={t('settingLineFocus')}
        value={String(settings.lineFocus)}
        options={LINE_FOCUS_LINES.map((lines) => [String(lines), lineFocusName(lines)])}
        onChange={(value) =>
          onChange({ lineFocus: oneOf(LINE_FOCUS_LINES, Number(value)) ?? settings.lineFocus })
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
      <ForgetPositions id={`${idPrefix}-forget-positions`} />
      {onOpenHighlights && (
        <div class="setting setting-action">
          <button
            id={`${idPrefix}-open-highlights`}
            type="button"
            class="setting-button"
            data-testid="open-highlights-data"
            onClick={onOpenHighlights}
          >
            {t('openHighlightsData')}
          </button>
        </div>
      )}
    </form>
  );
}
