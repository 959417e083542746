-- Runs inside MadelineProto's Lua bridge (\danog\MadelineProto\Lua, MadelineProto v7 and earlier),
-- which exposes every TL namespace as a global table.
local Updates = messages.sendMultiMedia({
  peer='@durov',
  multi_media={
    {
      _='inputSingleMedia',
      media={_='inputMediaUploadedPhoto', file='photo.jpg'},
      message='Hello there!',
    },
  },
})
