import { applyDecorators, SetMetadata, UseInterceptors } from '@nestjs/common';
import { KeepAnswersInterceptor } from './keep-answers.interceptor';
import { KEEP_ANSWERS, KeepAnswersOptions } from './keep-answers.options';

/**
 * A GET route whose answer is a function of its request (path, query, Accept), the day, and the named read models
 * alone, whoever of the allowed callers asks: Nest's answers are kept and sent again, without Nest, to the next
 * authorised request while those read models have not moved (see serveKeptAnswers).
 */
export const KeepAnswers = (options: KeepAnswersOptions) => applyDecorators(SetMetadata(KEEP_ANSWERS, options), UseInterceptors(KeepAnswersInterceptor));
