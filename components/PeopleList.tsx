import type { Person } from '../analysis/types';

interface PeopleListProps {
  people: Person[];
  /** The person whose mentions are marked in reading mode, if any. */
  selected: string | null;
  /** Marks a person's mentions in reading mode, or clears the marks with null. */
  onSelect: (person: Person | null) => void;
}

/** The people in the story, most prominent first, with role and mentions; a click marks them in the article. */
export function PeopleList({ people, selected, onSelect }: PeopleListProps) {
  if (people.length === 0) return null;
  return (
    <section class="card" data-testid="people" aria-labelledby="people-heading">
      <h2 id="people-heading">Named figures</h2>
      <ul class="people">
        {people.map((person) => {
          const isSelected = person.name === selected;
          return (
            <li key={person.name}>
              <button
                type="button"
                class="person"
                aria-pressed={isSelected}
                title={isSelected ? 'Clear the marks in the article' : 'Mark their mentions in the article'}
                onClick={() => onSelect(isSelected ? null : person)}
              >
                <span class="person-name">{person.name}</span>
                {person.role && <span class="person-role">{person.role}</span>}
                <span class="person-mentions">
                  {person.mentions === 1 ? '1 mention' : `${person.mentions} mentions`}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
