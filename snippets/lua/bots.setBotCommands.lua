-- Runs inside MadelineProto's Lua bridge (\danog\MadelineProto\Lua, MadelineProto v7 and earlier),
-- which exposes every TL namespace as a global table.
local Bool = bots.setBotCommands({
  scope={_='botCommandScopeDefault'},
  lang_code='en',
  commands={{_='botCommand', command='start', description='Start the bot'}},
})
