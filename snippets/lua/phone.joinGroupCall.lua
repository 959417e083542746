-- Runs inside MadelineProto's Lua bridge (\danog\MadelineProto\Lua, MadelineProto v7 and earlier),
-- which exposes every TL namespace as a global table.
local Updates = phone.joinGroupCall({
  muted=true,
  video_stopped=true,
  call={
    _='inputGroupCall',
    id='5368324170671202286',
    access_hash=4156887774564,
  },
  join_as='@durov',
  invite_hash='AbCdEf0123456789',
  public_key='\000\001\002\003\004\005\006\007\008\t\n\011\012\r\014\015\016\017\018\019\020\021\022\023\024\025\026\027\028\029\030\031',
  block='arbitrary data here',
  params={_='dataJSON', data='{"key":"value"}'},
})
