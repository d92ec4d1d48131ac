/** Where and how large a transverse Mercator map is drawn. */
export interface TransverseMercator {
  /** Longitude of the central meridian in degrees, e.g. 27 for ETRS-TM35FIN. */
  readonly centralMeridian: number;
  /** Map units per earth radius. */
  readonly scale: number;
  /** Map position of the point where the central meridian crosses the equator. */
  readonly translate: readonly [number, number];
}

const RADIANS = Math.PI / 180;

/**
 * Projects WGS84 degrees to map units with the spherical transverse Mercator, exactly as
 * d3-geo's `geoTransverseMercator().rotate([-centralMeridian, 0]).scale(s).translate(t)` does,
 * so markers land where a build-time d3 outline put the coast; y grows southwards, as in SVG.
 * A handful of lines instead of shipping a geo library.
 */
export function projectTransverseMercator(
  { centralMeridian, scale, translate }: TransverseMercator,
  lon: number,
  lat: number,
): [x: number, y: number] {
  const lambda = (lon - centralMeridian) * RADIANS;
  const phi = lat * RADIANS;
  const cosPhi = Math.cos(phi);
  // The point on the unit sphere, seen from the central meridian's plane.
  const x = Math.cos(lambda) * cosPhi;
  const y = Math.sin(lambda) * cosPhi;
  const easting = Math.atanh(y);
  const northing = Math.atan2(Math.sin(phi), x);
  return [translate[0] + scale * easting, translate[1] - scale * northing];
}
