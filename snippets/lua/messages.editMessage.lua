-- Runs inside MadelineProto's Lua bridge (\danog\MadelineProto\Lua, MadelineProto v7 and earlier),
-- which exposes every TL namespace as a global table.
local Updates = messages.editMessage({
  peer='@durov',
  id=142,
  message='it\'s "50%" off \\ $HOME ${x} {$y} ?> <?php ]] ]==] */ /* `tick` 😀\nline2\ttab',
})
