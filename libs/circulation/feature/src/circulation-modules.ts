import { Type } from '@nestjs/common';
import { ReviewsModule } from './reviews/reviews.module';

/** Every circulation module, for the app and for the area's test API (each slice adds its module here). */
export const CIRCULATION_MODULES: readonly Type[] = [ReviewsModule];
