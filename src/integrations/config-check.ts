// Warns, at the start of every build, about deployment settings left at their placeholder values
// (src/lib/site/config-check.ts). It never stops a build.
import type { AstroIntegration } from 'astro';
import { MAINTAINERS_EMAIL, REPOSITORY_URL, SITE_URL } from '../config.ts';
import { configWarnings } from '../lib/site/config-check.ts';

export default function configCheck(): AstroIntegration {
  return {
    name: 'config-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        for (const warning of configWarnings({ siteUrl: SITE_URL, repositoryUrl: REPOSITORY_URL, maintainersEmail: MAINTAINERS_EMAIL }))
          logger.warn(warning);
      },
    },
  };
}
