import type { Person } from '../analysis/types';

/** The people in the story, most prominent first, with their role and how often they appear. */
export function PeopleList({ people }: { people: Person[] }) {
  if (people.length === 0) return null;
  return (
    <section class="card" data-testid="people" aria-labelledby="people-heading">
      <h2 id="people-heading">Named figures</h2>
      <ul class="people">
        {people.map((person) => (
          <li key={person.name} class="person">
            <span class="person-name">{person.name}</span>
            {person.role && <span class="person-role">{person.role}</span>}
            <span class="person-mentions" title="Mentions in the article">
              {person.mentions === 1 ? '1 mention' : `${person.mentions} mentions`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
