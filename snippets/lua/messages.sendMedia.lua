-- Runs inside MadelineProto's Lua bridge (\danog\MadelineProto\Lua, MadelineProto v7 and earlier),
-- which exposes every TL namespace as a global table.
local Updates = messages.sendMedia({
  peer='@durov',
  media={_='inputMediaUploadedPhoto', file='photo.jpg'},
  message='Hello there!',
})
