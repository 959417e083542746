-- Runs inside MadelineProto's Lua bridge (\danog\MadelineProto\Lua, MadelineProto v7 and earlier),
-- which exposes every TL namespace as a global table.
local Bool = help.saveAppLog({
  events={
    {
      _='inputAppEvent',
      time=7.13,
      type='app_open',
      peer=-4156887774564,
      data={_='jsonNull'},
    },
  },
})
