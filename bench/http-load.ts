import { Body, Controller, HttpCode, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsObject, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { edgeValidationPipe } from '../libs/platform/src/http/validation';

/** Latency percentiles and throughput of one load run. */
export interface LoadResult {
  perSecond: number;
  p50: number;
  p99: number;
  failures: number;
}

export function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))];
}

/** `clients` loops, each sending its next request as soon as the previous one is answered, until `total` are sent. */
export async function load(clients: number, total: number, send: () => Promise<Response>, expectStatus: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let sent = 0;
  let failures = 0;
  const startedAt = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (sent < total) {
        sent++;
        const begin = process.hrtime.bigint();
        const answer = await send();
        await answer.arrayBuffer();
        latencies.push(Number(process.hrtime.bigint() - begin) / 1e6);
        if (answer.status !== expectStatus) failures++;
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
  latencies.sort((a, b) => a - b);
  return { perSecond: total / seconds, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), failures };
}

class MinimalLocation {
  @IsString() @MinLength(1) @MaxLength(200) name!: string;
  @IsOptional() @IsNumber() @Min(-90) @Max(90) lat?: number;
  @IsOptional() @IsNumber() @Min(-180) @Max(180) lon?: number;
}

/** About the shape of an incident report, validated the same way, answered without any storage. */
class MinimalReport {
  @IsIn(['INDIRECT_FIRE', 'OTHER']) category!: string;
  @IsIn(['NMI', 'OIR']) mission!: string;
  @IsString() occurredAt!: string;
  @IsObject() @ValidateNested() @Type(() => MinimalLocation) location!: MinimalLocation;
  @IsString() @MinLength(1) @MaxLength(4000) summary!: string;
  @IsInt() @Min(1) @Max(5) severity!: number;
  @IsObject() details!: Record<string, unknown>;
}

@Controller()
class MinimalController {
  @Post('reports')
  @HttpCode(201)
  report(@Body() body: MinimalReport): { id: string; category: string } {
    return { id: randomUUID(), category: body.category };
  }
}

@Module({ controllers: [MinimalController] })
class MinimalModule {}

/** The same framework's floor: Nest on Fastify with the edge ValidationPipe, and nothing else. */
export async function startMinimalApp(): Promise<{ url: string; close(): Promise<void> }> {
  const app = await NestFactory.create<NestFastifyApplication>(MinimalModule, new FastifyAdapter(), { logger: false });
  app.useGlobalPipes(edgeValidationPipe());
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  return { url: `http://127.0.0.1:${port}/reports`, close: () => app.close() };
}
