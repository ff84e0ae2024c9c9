import type { Person } from '../analysis/types';
import { withoutBidiControls } from '../analysis/bidi-controls';
import { t } from '../ui/i18n';
import { PagedList } from './PagedList';

/** How many people show before "Show all": a news story's cast, which rarely passes six. */
export const PEOPLE_SHOWN_FIRST = 8;

interface PeopleListProps {
  people: Person[];
  /** The person whose mentions are marked in reading mode, if any. */
  selected: string | null;
  /** Marks a person's mentions in reading mode, or clears the marks with null. */
  onSelect: (person: Person | null) => void;
  /** Marks a person's mentions while the pointer or focus is on them; null when it leaves. */
  onPreview: (person: Person | null) => void;
}

/**
 * The people in the story, most prominent first, with role and mentions. Pointing at or focusing a
 * person marks their mentions in the article; a click keeps the marks. The rest come on request.
 */
export function PeopleList({ people, selected, onSelect, onPreview }: PeopleListProps) {
  if (people.length === 0) return null;
  return (
    <section class="card" data-testid="people" aria-labelledby="people-heading">
      <h2 id="people-heading">{t('namedFigures')}</h2>
      <PagedList
        items={people}
        first={PEOPLE_SHOWN_FIRST}
        listClass="people"
        headingId="people-heading"
        renderItem={(person) => {
          const isSelected = person.name === selected;
          return (
            <li key={person.name}>
              <button
                type="button"
                class="person"
                aria-pressed={isSelected}
                title={isSelected ? t('clearMarks') : t('markMentions')}
                onClick={() => onSelect(isSelected ? null : person)}
                onMouseEnter={() => onPreview(person)}
                onMouseLeave={() => onPreview(null)}
                onFocus={() => onPreview(person)}
                onBlur={() => onPreview(null)}
              >
                {/* A <bdi> in a span: the name is isolated, yet starts where the popup's text starts. */}
                <span class="person-name">
                  <bdi>{withoutBidiControls(person.name)}</bdi>
                </span>
                {person.role && (
                  <span class="person-role">
                    <bdi>{withoutBidiControls(person.role)}</bdi>
                  </span>
                )}
                <span class="person-mentions">
                  {person.mentions === 1 ? t('mentionOne') : t('mentionMany', person.mentions)}
                </span>
              </button>
            </li>
          );
        }}
      />
    </section>
  );
}
