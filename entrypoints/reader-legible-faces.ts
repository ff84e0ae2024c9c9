import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { LEGIBLE_FACES } from '../reading-mode/legible-faces';
import { providePart } from '../reading-mode/parts';

/** The bundled typeface (about 70 kB), put into the tab the first time a reader chooses it. */
export default defineUnlistedScript(() => providePart('legible-faces', LEGIBLE_FACES));
