import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';

/** Flattens nested validation errors to "details.rounds"-style paths, each with its messages. */
export function fieldErrors(errors: ValidationError[], prefix = ''): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) fields[path] = Object.values(error.constraints);
    Object.assign(fields, fieldErrors(error.children ?? [], path));
  }
  return fields;
}

/** Every body and query is checked at the edge: unknown fields refused, each offending field named. */
export function edgeValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fields = fieldErrors(errors);
      return new BadRequestException({
        error: 'Bad Request',
        message: Object.entries(fields).map(([field, messages]) => `${field}: ${messages.join('; ')}`),
        fields,
      });
    },
  });
}
