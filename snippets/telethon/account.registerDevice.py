import asyncio
import os

from telethon import TelegramClient, functions, types


async def main():
    async with TelegramClient(
        "session", int(os.environ["TG_API_ID"]), os.environ["TG_API_HASH"]
    ) as client:
        result = await client(
            functions.account.RegisterDeviceRequest(
                token_type=2,
                token="device token from the push service",
                app_sandbox=True,
                secret=b"arbitrary data here",
                other_uids=[-4156887774564],
            )
        )
        print(result)


asyncio.run(main())
