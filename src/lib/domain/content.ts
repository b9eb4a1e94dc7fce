// The listings, loaded once per build from the content layer.
import { getCollection } from 'astro:content';
import type { ServiceEntry } from './services.ts';
import { byName } from './services.ts';

let cache: Promise<ServiceEntry[]> | undefined;

export function getServices(): Promise<ServiceEntry[]> {
  cache ??= getCollection('services').then((entries) => entries.map((e) => ({ id: e.id, data: e.data })).sort(byName));
  return cache;
}
