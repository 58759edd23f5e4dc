import { describe, expect, it } from 'vitest'
import { cyclicComponents, findCycles } from './findCycles'

const graphOf = (edges: Record<string, string[]>): Map<string, Set<string>> =>
  new Map(Object.entries(edges).map(([from, to]) => [from, new Set(to)]))

// Folders shaped like the web app's cycles when the check came in.
const webLike = graphOf({
  app: ['comments', 'history'],
  comments: ['collab'],
  collab: ['comments', 'lib'],
  lib: [],
  export: ['workflow'],
  workflow: ['history'],
  history: ['export', 'lib'],
})

describe('cyclicComponents', () => {
  it('finds none in a graph whose edges all point one way', () => {
    expect(cyclicComponents(graphOf({ a: ['b', 'c'], b: ['c'], c: [] }))).toEqual([])
  })

  it('groups the folders that reach each other', () => {
    expect(cyclicComponents(webLike)).toEqual([
      ['collab', 'comments'],
      ['export', 'history', 'workflow'],
    ])
  })

  it('ignores edges to nodes outside the graph', () => {
    expect(cyclicComponents(graphOf({ a: ['b', 'outside'], b: [] }))).toEqual([])
  })
})

describe('findCycles', () => {
  it('gives one cycle per component, from its smallest node', () => {
    expect(findCycles(webLike)).toEqual([
      ['collab', 'comments'],
      ['export', 'workflow', 'history'],
    ])
  })

  it('gives the shortest cycle of a component that holds several', () => {
    const graph = graphOf({ a: ['b'], b: ['c', 'a'], c: ['a'] })
    expect(findCycles(graph)).toEqual([['a', 'b']])
  })

  it('finds none once the edges closing the cycles are taken out', () => {
    const graph = new Map(webLike)
    graph.set('collab', new Set(['lib']))
    graph.set('history', new Set(['lib']))
    expect(findCycles(graph)).toEqual([])
  })
})
