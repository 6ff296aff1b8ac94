// The second build gets tags of its own, as the two-copies warning advises.
import { defineElements } from '/other/dist/insyn.js';

defineElements({ prefix: 'esk' });
