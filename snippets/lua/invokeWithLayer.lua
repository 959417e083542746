-- Runs inside MadelineProto's Lua bridge (\danog\MadelineProto\Lua, MadelineProto v7 and earlier),
-- which exposes every TL namespace as a global table.
local X = madelineFunction({
  _='invokeWithLayer',
  layer=223,
  query={_='help.getConfig'},
})
