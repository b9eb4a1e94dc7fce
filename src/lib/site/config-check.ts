// Which deployment settings still hold placeholder values. The build warns about each (it does
// not fail: a development or preview build needs none of them). See "Configuration" in the README.
import { PLACEHOLDERS } from '../../config.ts';

export interface DeploymentSettings {
  siteUrl: string | undefined;
  repositoryUrl: string;
  maintainersEmail: string;
}

export function configWarnings(settings: DeploymentSettings): string[] {
  const warnings: string[] = [];
  if (!settings.siteUrl)
    warnings.push(
      "SITE_URL is not set: the open data will give page paths (/services/...) without the site's address. Set SITE_URL=https://your-domain when you build for the public.",
    );
  else if (!/^https:\/\/[^/]+/.test(settings.siteUrl) || /\bexample\.(org|com|net)\b/.test(settings.siteUrl))
    warnings.push(`SITE_URL is "${settings.siteUrl}": give the site's real public address, starting https://.`);
  if (settings.repositoryUrl === PLACEHOLDERS.repositoryUrl)
    warnings.push(
      `REPOSITORY_URL is the placeholder ${PLACEHOLDERS.repositoryUrl}: "Suggest a change" links will not work. Set REPOSITORY_URL, or change it in src/config.ts.`,
    );
  if (settings.maintainersEmail === PLACEHOLDERS.maintainersEmail)
    warnings.push(
      `MAINTAINERS_EMAIL is the placeholder ${PLACEHOLDERS.maintainersEmail}: "Report a mistake by email" links will not reach anyone. Set MAINTAINERS_EMAIL, or change it in src/config.ts.`,
    );
  return warnings;
}
