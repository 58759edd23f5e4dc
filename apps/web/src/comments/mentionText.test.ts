import type { PersonRef } from '@coplan/protocol'
import { describe, expect, it } from 'vitest'
import {
  insertMention,
  matchPeople,
  mentionQueryAt,
  mentionedIds,
  splitMentions,
} from './mentionText'

const person = (id: string, name: string): PersonRef => ({
  id,
  name,
  role: 'delegate',
  team: 'Ghana',
})

const people = [
  person('ama', 'Ama Owusu'),
  person('kwame', 'Kwame Mensah'),
  person('kim', 'Kim Min-jun'),
  person('kimk', 'Kim'),
]

describe('mentionedIds', () => {
  it('finds the people whose full name follows an "@"', () => {
    expect(mentionedIds('@Kwame Mensah, see this. cc @Ama Owusu', people)).toEqual(['ama', 'kwame'])
  })

  it('prefers the longest name and ignores names that go on', () => {
    expect(mentionedIds('@Kim Min-jun agrees', people)).toEqual(['kim'])
    expect(mentionedIds('@Kimberly', people)).toEqual([])
    expect(mentionedIds('@Kim.', people)).toEqual(['kimk'])
  })
})

describe('splitMentions', () => {
  it('marks the mentions in a body', () => {
    expect(splitMentions('Hi @Ama Owusu!', ['Ama Owusu'])).toEqual([
      { text: 'Hi ', mention: false },
      { text: '@Ama Owusu', mention: true },
      { text: '!', mention: false },
    ])
    expect(splitMentions('no one', ['Ama Owusu'])).toEqual([{ text: 'no one', mention: false }])
  })
})

describe('mentionQueryAt', () => {
  it('finds the mention being typed', () => {
    expect(mentionQueryAt('Hello @Kw', 9)).toEqual({ at: 6, query: 'Kw' })
    expect(mentionQueryAt('@', 1)).toEqual({ at: 0, query: '' })
    expect(mentionQueryAt('cc @Kim Min', 11)).toEqual({ at: 3, query: 'Kim Min' })
  })

  it('ignores email addresses, other lines and finished sentences', () => {
    expect(mentionQueryAt('ama@ghana.example', 17)).toBeNull()
    expect(mentionQueryAt('@Ama\nnext', 9)).toBeNull()
    expect(mentionQueryAt('@Ama said this is fine', 22)).toBeNull()
    expect(mentionQueryAt('@ x', 3)).toBeNull()
  })
})

describe('matchPeople', () => {
  it('matches the start of the name first, then the start of any word', () => {
    expect(matchPeople(people, 'k').map((p) => p.id)).toEqual(['kimk', 'kim', 'kwame'])
    expect(matchPeople(people, 'men').map((p) => p.id)).toEqual(['kwame'])
    expect(matchPeople(people, 'jun').map((p) => p.id)).toEqual(['kim'])
    expect(matchPeople(people, 'zz')).toEqual([])
  })
})

describe('insertMention', () => {
  it('replaces the query with the full name and a space', () => {
    expect(insertMention('Hi @Kw thanks', { at: 3, query: 'Kw' }, 'Kwame Mensah')).toEqual({
      text: 'Hi @Kwame Mensah thanks',
      caret: 17,
    })
  })
})
