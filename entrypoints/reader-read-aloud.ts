import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { providePart } from '../reading-mode/parts';
import { startListening } from '../reading-mode/read-aloud/listening';

/** Reading aloud, put into the tab the first time a reader presses Listen. */
export default defineUnlistedScript(() => providePart('read-aloud', { startListening }));
