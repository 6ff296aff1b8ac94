/** Defines all five Insyn elements under their plain names. */
import { defineElements } from './registry.js';

defineElements();
