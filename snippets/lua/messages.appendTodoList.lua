-- Runs inside MadelineProto's Lua bridge (\danog\MadelineProto\Lua, MadelineProto v7 and earlier),
-- which exposes every TL namespace as a global table.
local Updates = messages.appendTodoList({
  peer='@durov',
  msg_id=142,
  list={
    {
      _='todoItem',
      id=142,
      title={
        _='textWithEntities',
        text='Hello there!',
        entities={{_='messageEntityMention', offset=0, length=5}},
      },
    },
  },
})
