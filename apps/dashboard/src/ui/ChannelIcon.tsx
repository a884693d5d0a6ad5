import { CHANNEL_KIND_LABELS, type ChannelKind } from '@bedside/domain';
import {
  type Icon,
  IconArticle,
  IconBrandFacebook,
  IconBrandGoogle,
  IconBrandInstagram,
  IconBrandX,
  IconBrandYoutube,
  IconFileImport,
} from '@tabler/icons-react';

import { CHANNEL_COLORS } from '../app/theme';
import type { ChannelKind as GraphqlChannelKind } from '../gql/graphql';
import { toDomainValue } from './vocabulary';

const ICONS: Record<ChannelKind, Icon> = {
  facebook: IconBrandFacebook,
  instagram: IconBrandInstagram,
  x: IconBrandX,
  youtube: IconBrandYoutube,
  google_review: IconBrandGoogle,
  blog: IconArticle,
  import: IconFileImport,
};

export interface ChannelIconProps {
  kind: GraphqlChannelKind;
  size?: number;
  /** Hidden from screen readers when the platform's name is written right beside it. */
  decorative?: boolean;
}

/** The platform's glyph in its brand colour, announced by name to screen readers. */
export function ChannelIcon({ kind, size = 18, decorative = false }: ChannelIconProps) {
  const channel = toDomainValue(kind);
  const Glyph = ICONS[channel];
  const label = CHANNEL_KIND_LABELS[channel];
  return (
    <Glyph
      size={size}
      stroke={1.8}
      color={CHANNEL_COLORS[channel]}
      role={decorative ? undefined : 'img'}
      aria-label={decorative ? undefined : label}
      aria-hidden={decorative ? true : undefined}
      title={decorative ? undefined : label}
      style={{ flexShrink: 0 }}
    />
  );
}
