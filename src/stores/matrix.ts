/** The figures HR typed or pasted into the matrix, kept in this browser only (through the safe engine of ./storage). */
import { persistentAtom } from '@nanostores/persistent';
import './storage';

export const $matrixText = persistentAtom<string>('co-guide:matrix:v1', '');
