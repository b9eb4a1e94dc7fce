// Links into the repository that holds the listings (one config value: REPOSITORY_URL).
import { REPOSITORY_BRANCH, REPOSITORY_URL } from '../../config.ts';

/** The GitHub page where a provider can edit a listing and open a pull request. */
export function editUrl(serviceId: string): string {
  return `${REPOSITORY_URL}/edit/${REPOSITORY_BRANCH}/content/services/${serviceId}.yaml`;
}

export function newListingUrl(): string {
  return `${REPOSITORY_URL}/new/${REPOSITORY_BRANCH}/content/services`;
}

export function issuesUrl(): string {
  return `${REPOSITORY_URL}/issues/new`;
}

/** How a fluent speaker checks or corrects a translation (CONTRIBUTING.md, on GitHub). */
export function translationGuideUrl(): string {
  return `${REPOSITORY_URL}/blob/${REPOSITORY_BRANCH}/CONTRIBUTING.md#check-or-correct-a-translation`;
}
