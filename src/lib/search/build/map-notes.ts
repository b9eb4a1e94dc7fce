// The public places' notes ("Thursday drop-in, 9:30am to 12:30pm"), for the map page's plain
// list and /map-data.json. Build time only: the browser gets them through /map-data.json.
import { publicLocations, victimServices, type ServiceEntry } from '../../domain/services.ts';
import { noteKey } from '../client/map-places.ts';

export function placeNotes(services: ServiceEntry[]): Record<string, string> {
  const notes: Record<string, string> = {};
  for (const s of victimServices(services)) {
    for (const l of publicLocations(s)) if (l.note) notes[noteKey(s.id, l.name)] = l.note;
  }
  return notes;
}
