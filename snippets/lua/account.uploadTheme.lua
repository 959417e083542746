-- Runs inside MadelineProto's Lua bridge (\danog\MadelineProto\Lua, MadelineProto v7 and earlier),
-- which exposes every TL namespace as a global table.
local Document = account.uploadTheme({
  file='photo.jpg',
  file_name='photo.jpg',
  mime_type='image/jpeg',
})
