/**
 * The data collections in the order their authors wrote them. Astro returns collection entries sorted by id,
 * which would list 中堅層 before 若年層 and shuffle the measures; the loaders record each entry's position in
 * its file (see content.config.ts) and these helpers sort by it. Build time only.
 */
import { getCollection } from 'astro:content';

const byPosition = <T extends { position: number }>(a: T, b: T) => a.position - b.position;

export const ageBands = async () => (await getCollection('ageBands')).map((e) => e.data).sort(byPosition);
export const fudoGroups = async () => (await getCollection('fudoGroups')).map((e) => e.data).sort(byPosition);
export const measures = async () => (await getCollection('measures')).map((e) => e.data).sort(byPosition);
export const penetrationSteps = async () => (await getCollection('penetrationSteps')).map((e) => e.data).sort((a, b) => a.order - b.order);
export const talkSheets = async () => (await getCollection('talkSheets')).map((e) => e.data).sort(byPosition);
